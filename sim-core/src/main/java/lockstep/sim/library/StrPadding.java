package lockstep.sim.library;

import static lockstep.sim.library.StrMethods.self;
import static lockstep.sim.library.TypeMethods.index;
import static lockstep.sim.library.TypeMethods.positional;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.Types;

/** The padding methods of {@code str}: center, ljust, rjust, zfill, expandtabs. */
final class StrPadding {
    private StrPadding() {}

    static void pad(String name) {
        Natives.method(Types.STR, name, (ctx, a, kw) -> {
            String s = self(a, name);
            positional(name, "str." + name, a, kw, 1, 2);
            long width = index(a[1]);
            char fill = ' ';
            if (a.length > 2) {
                if (!(a[2] instanceof PyStr f)) {
                    throw Errors.typeError("The fill character must be a unicode character, not "
                            + a[2].type().name);
                }
                if (f.value.length() != 1) {
                    throw Errors.typeError("The fill character must be exactly one character long");
                }
                fill = f.value.charAt(0);
            }
            if (s.length() >= width) {
                return a[0];
            }
            if (width > Items.MAX_ITEMS) {
                throw Errors.memoryError("");
            }
            long marg = width - s.length();
            long left;
            if (name.equals("center")) {
                left = marg / 2 + (marg & width & 1);
            } else if (name.equals("ljust")) {
                left = 0;
            } else {
                left = marg;
            }
            StringBuilder sb = new StringBuilder((int) width);
            repeat(sb, fill, left);
            sb.append(s);
            repeat(sb, fill, marg - left);
            return PyStr.of(sb.toString());
        });
    }

    private static void repeat(StringBuilder sb, char c, long n) {
        for (long i = 0; i < n; i++) {
            sb.append(c);
        }
    }

    static String zfill(String s, long width) {
        if (s.length() >= width) {
            return s;
        }
        if (width > Items.MAX_ITEMS) {
            throw Errors.memoryError("");
        }
        StringBuilder sb = new StringBuilder();
        repeat(sb, '0', width - s.length());
        sb.append(s);
        int fill = (int) (width - s.length());
        char c = s.isEmpty() ? '0' : sb.charAt(fill); // ''.zfill(3) is '000': no sign to move
        if (c == '+' || c == '-') {
            sb.setCharAt(0, c);
            sb.setCharAt(fill, '0');
        }
        return sb.toString();
    }

    static String expandTabs(String s, long tabSize) {
        StringBuilder sb = new StringBuilder();
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabSize > 0) {
                    long incr = tabSize - (column % tabSize);
                    if (sb.length() + incr > Items.MAX_ITEMS) {
                        throw Errors.memoryError("");
                    }
                    column += incr;
                    repeat(sb, ' ', incr);
                }
            } else {
                column++;
                sb.append(c);
                if (c == '\n' || c == '\r') {
                    column = 0;
                }
            }
        }
        return sb.toString();
    }
}
