package lockstep.sim.runtime;

import java.math.BigDecimal;

/** Python's text for floats. Temporary home until the format package provides it. */
final class NumberText {
    private NumberText() {}

    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String digits = null;
        int exp = 0;
        for (int p = 1; p <= 17; p++) {
            String s = String.format("%." + (p - 1) + "e", d);
            if (Double.parseDouble(s) == d) {
                int e = s.indexOf('e');
                digits = s.substring(0, e).replace(".", "").replace("-", "");
                exp = Integer.parseInt(s.substring(e + 1));
                break;
            }
        }
        if (digits == null) {
            return new BigDecimal(d).toString();
        }
        while (digits.length() > 1 && digits.endsWith("0")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (exp >= 16 || exp < -4) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (exp >= 0) {
            if (digits.length() <= exp + 1) {
                sb.append(digits).append("0".repeat(exp + 1 - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
        } else {
            sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
        }
        return sb.toString();
    }
}
