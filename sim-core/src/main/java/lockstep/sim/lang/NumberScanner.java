package lockstep.sim.lang;

import static lockstep.sim.lang.Tokenizer.EOF;
import static lockstep.sim.lang.Tokenizer.isDigit;
import static lockstep.sim.lang.Tokenizer.isIdentifierChar;

/**
 * Reads number literals for the {@link Tokenizer}: a port of CPython's rules (underscores, prefixes, exponents,
 * leading zeros, a letter straight after a number), including its error positions.
 */
final class NumberScanner {
    private final Tokenizer t;

    NumberScanner(Tokenizer t) {
        this.t = t;
    }

    private int nextc() {
        return t.nextc();
    }

    private void backup(int c) {
        t.backup(c);
    }

    private ProgramError error(String message) {
        return t.error(message);
    }

    /** Reads an integer, or the integer part of a float; returns the character after the number, consumed. */
    int integerPart(int c, int start) throws ProgramError {
        if (c != '0') {
            c = decimalTail();
            if (c == '.') {
                return fraction(nextc());
            }
            return exponentAndSuffix(c);
        }
        c = nextc();
        if (c == 'x' || c == 'X') {
            c = nextc();
            do {
                if (c == '_') {
                    c = nextc();
                }
                if (!isHexDigit(c)) {
                    backup(c);
                    throw error("invalid hexadecimal literal");
                }
                do {
                    c = nextc();
                } while (isHexDigit(c));
            } while (c == '_');
            verifyEndOfNumber(c, "hexadecimal");
            return c;
        }
        if (c == 'o' || c == 'O') {
            return radixDigits('8', "octal");
        }
        if (c == 'b' || c == 'B') {
            return radixDigits('2', "binary");
        }
        boolean nonZero = false;
        while (true) {
            if (c == '_') {
                c = nextc();
                if (!isDigit(c)) {
                    backup(c);
                    throw error("invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = nextc();
        }
        int zerosEnd = t.position();
        if (isDigit(c)) {
            nonZero = true;
            c = decimalTail();
        }
        if (c == '.') {
            return fraction(nextc());
        }
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            return exponentAndSuffix(c);
        }
        if (nonZero) {
            backup(c);
            throw t.errorAtColumnOf(start, "leading zeros in decimal integer literals are not "
                    + "permitted; use an 0o prefix for octal integers");
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    /** Octal or binary digits after the prefix; {@code limit} is the first digit not allowed. */
    private int radixDigits(char limit, String kind) throws ProgramError {
        int c = nextc();
        do {
            if (c == '_') {
                c = nextc();
            }
            if (c < '0' || c >= limit) {
                if (isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup(c);
                throw error("invalid " + kind + " literal");
            }
            do {
                c = nextc();
            } while (c >= '0' && c < limit);
        } while (c == '_');
        if (isDigit(c)) {
            throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEndOfNumber(c, kind);
        return c;
    }

    /** After the '.' of a float: {@code c} is the first character after it. */
    int fraction(int c) throws ProgramError {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return exponentAndSuffix(c);
    }

    private int exponentAndSuffix(int c) throws ProgramError {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = nextc();
            if (c == '+' || c == '-') {
                c = nextc();
                if (!isDigit(c)) {
                    backup(c);
                    throw error("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                backup(c);
                verifyEndOfNumber(e, "decimal");
                return e; // "1else": the number ends before the 'e', which the caller backs up over
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = nextc();
            verifyEndOfNumber(c, "imaginary");
            return c;
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    private int decimalTail() throws ProgramError {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * A number may be followed directly by a keyword that can follow it in valid code ({@code 1if x else 2}); any
     * other letter or digit makes it an invalid literal.
     */
    private void verifyEndOfNumber(int c, String kind) throws ProgramError {
        boolean keyword;
        switch (c) {
            case 'a' -> keyword = lookahead("nd");
            case 'e' -> keyword = lookahead("lse");
            case 'f' -> keyword = lookahead("or");
            case 'i' -> {
                int c2 = nextc();
                keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
                backup(c2);
            }
            case 'o' -> keyword = lookahead("r");
            case 'n' -> keyword = lookahead("ot");
            default -> keyword = false;
        }
        if (!keyword && c < 128 && c != EOF && isIdentifierChar(c)) {
            backup(c);
            throw error("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        int saved = t.position();
        boolean result = false;
        int i = 0;
        while (true) {
            int c = nextc();
            if (i == rest.length()) {
                result = !isIdentifierChar(c);
                break;
            }
            if (c != rest.charAt(i)) {
                break;
            }
            i++;
        }
        t.rewind(saved);
        return result;
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
