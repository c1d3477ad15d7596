package lockstep.sim.runtime.format;

/**
 * CPython's {@code calc_number_widths} + {@code fill_number}: places sign, prefix, grouped digits, decimal point
 * and remainder inside the field width. Zero padding with {@code =} alignment is done by the grouping itself, so
 * {@code format(1234, '010,')} is {@code 00,001,234}.
 */
final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * @param signChar {@code '-'} if the number is negative, else 0
     * @param prefix {@code 0x} etc. (empty if none)
     * @param digits the integer-part digits, ungrouped (empty for the 'c' type)
     * @param hasDecimal whether a decimal point follows the digits
     * @param remainder what follows the decimal point (fraction, exponent, {@code %}, {@code inf}, a 'c' char)
     * @param separator the grouping separator ("" for none)
     * @param groupSize 3, 4, or 0 for no grouping
     * @param upper upper-case the prefix and digits (type 'X')
     */
    static String render(FormatSpec spec, char signChar, String prefix, String digits, boolean hasDecimal,
                         String remainder, String separator, int groupSize, boolean upper) {
        SpecRender.checkWidth(spec);
        char sign;
        switch (spec.sign()) {
            case '+':
                sign = signChar == '-' ? '-' : '+';
                break;
            case ' ':
                sign = signChar == '-' ? '-' : ' ';
                break;
            default:
                sign = signChar == '-' ? '-' : 0;
                break;
        }
        long nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        long minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, separator, groupSize);
        long padding = spec.width() - (nonDigits + grouped.length());
        long left = 0;
        long inner = 0;
        long right = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<':
                    right = padding;
                    break;
                case '^':
                    left = padding / 2;
                    right = padding - left;
                    break;
                case '=':
                    inner = padding;
                    break;
                default:
                    left = padding;
                    break;
            }
        }
        if (upper) {
            prefix = prefix.toUpperCase(java.util.Locale.ROOT);
            grouped = grouped.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        Padding.fill(out, spec.fill(), left);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(prefix);
        Padding.fill(out, spec.fill(), inner);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        Padding.fill(out, spec.fill(), right);
        return out.toString();
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: separators every {@code groupSize} digits from the
     * right, with leading zeros added (and grouped) until {@code minWidth} characters are reached.
     */
    static String group(String digits, long minWidth, String separator, int groupSize) {
        minWidth = Math.max(0, minWidth);
        long remaining = digits.length();
        int digitsEnd = digits.length();
        StringBuilder reversed = new StringBuilder();
        boolean useSeparator = false;
        boolean done = false;
        if (groupSize > 0) {
            while (true) {
                long len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                digitsEnd = emit(reversed, digits, digitsEnd, len, remaining, useSeparator ? separator : "");
                useSeparator = true;
                remaining -= Math.max(0, Math.min(remaining, len));
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    done = true;
                    break;
                }
                minWidth -= separator.length();
            }
        }
        if (!done) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            emit(reversed, digits, digitsEnd, len, remaining, useSeparator ? separator : "");
        }
        return reversed.reverse().toString();
    }

    /** Appends, reversed, one group: the separator to its right, its digits, then zeros on its left. */
    private static int emit(StringBuilder reversed, String digits, int digitsEnd, long len, long remaining,
                            String separator) {
        long zeros = Math.max(0, len - remaining);
        int chars = (int) Math.max(0, Math.min(remaining, len));
        reversed.append(new StringBuilder(separator).reverse());
        for (int i = digitsEnd - 1; i >= digitsEnd - chars; i--) {
            reversed.append(digits.charAt(i));
        }
        for (long i = 0; i < zeros; i++) {
            reversed.append('0');
        }
        return digitsEnd - chars;
    }
}
