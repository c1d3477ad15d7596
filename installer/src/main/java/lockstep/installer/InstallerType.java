package lockstep.installer;

import java.util.Arrays;

/** What jpackage makes besides the app image: jpackage's {@code --type}, one kind per operating system. */
enum InstallerType {
    /** The app image alone. */
    APP_IMAGE("app-image"),
    DEB("deb"),
    MSI("msi"),
    DMG("dmg");

    private final String id;

    InstallerType(String id) {
        this.id = id;
    }

    /** jpackage's name for it. */
    String id() {
        return id;
    }

    /** The file name extension of the installer. */
    String extension() {
        return "." + id;
    }

    static InstallerType of(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown installer type " + id
                        + " (one of app-image, deb, msi, dmg)"));
    }
}
