package lockstep.installer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version jpackage gives the image and the installer: the pom's, numbers only (jpackage and the installers take
 * one to three numbers, no {@code -SNAPSHOT}). {@code lockstep --version} still says the pom's version in full.
 */
record PackageVersion(int major, int minor, int patch) {
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-+.].*)?");

    /** The numbers of a Maven version such as {@code 0.1.0-SNAPSHOT}. */
    static PackageVersion ofPom(String pomVersion) {
        Matcher m = NUMBERS.matcher(pomVersion.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version that starts with numbers: " + pomVersion);
        }
        return new PackageVersion(number(m.group(1)), number(m.group(2)), number(m.group(3)));
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** {@code MAJOR.MINOR.PATCH}, for the app image, the .deb and the .msi. */
    String text() {
        return major + "." + minor + "." + patch;
    }

    /**
     * For macOS: jpackage refuses a bundle version whose first number is 0 (an old rule of Apple's), so a 0.x.y
     * version goes into the .app and the .dmg as 1.x.y.
     */
    String macText() {
        return Math.max(major, 1) + "." + minor + "." + patch;
    }
}
