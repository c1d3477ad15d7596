package lockstep.installer;

import java.util.Locale;

/** The operating system the build runs on: jpackage makes images and installers only for the one it runs on. */
enum HostOs {
    LINUX, WINDOWS, MAC;

    static HostOs current() {
        return of(System.getProperty("os.name"));
    }

    /** The system named {@code osName} ({@code os.name}); anything neither Windows nor macOS is taken as Linux. */
    static HostOs of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        return name.startsWith("mac") ? MAC : LINUX;
    }
}
