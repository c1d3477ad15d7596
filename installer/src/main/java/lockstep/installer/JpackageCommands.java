package lockstep.installer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * jpackage's arguments: the app image (the jars, the trimmed runtime and a native launcher named {@code lockstep},
 * which opens the window when given no command and runs the command line otherwise), then the installer made from
 * that image, with what each system's installer needs to appear in its menus.
 */
final class JpackageCommands {
    static final String NAME = "lockstep";
    static final String MAIN_CLASS = "lockstep.app.AppLauncher";
    static final String VENDOR = "Lockstep";
    static final String DESCRIPTION = "Shows how threads, processes and coroutines are scheduled and synchronized,"
            + " by simulating small Python programs step by step";
    /** Windows: a second launcher with a console, for the command line (the first one opens no console window). */
    static final String WINDOWS_CONSOLE_LAUNCHER = "lockstep-cli";
    /** Windows: the same for every version, so that installing a newer .msi replaces the older one. */
    static final String WINDOWS_UPGRADE_UUID = "5f0c7b8e-2d4a-4e8f-9a61-3c1b7d2e9f40";

    private final BuildSettings settings;
    private final HostOs os;

    JpackageCommands(BuildSettings settings, HostOs os) {
        this.settings = settings;
        this.os = os;
    }

    /** The version the image and the installer carry on this system. */
    String version() {
        return os == HostOs.MAC ? settings.version().macText() : settings.version().text();
    }

    /** The folder (macOS: the .app) that {@link #appImage} makes in {@code images}. */
    Path appImageIn(Path images) {
        return images.resolve(os == HostOs.MAC ? NAME + ".app" : NAME);
    }

    /**
     * The app image in {@code images}: the runtime from jlink, the jars, the icon and the launcher's JVM options
     * ({@code consoleLauncher}: Windows' second launcher's properties file, null elsewhere).
     */
    List<String> appImage(Path runtime, Path icon, Path images, Path consoleLauncher) {
        List<String> args = common(InstallerType.APP_IMAGE.id(), images);
        args.addAll(List.of("--input", settings.input().toString(), "--main-jar", settings.mainJar(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(), "--icon", icon.toString(),
                // As ./lockstep starts it: a newer JDK would warn about JavaFX's native libraries otherwise.
                "--java-options", "--enable-native-access=ALL-UNNAMED"));
        if (consoleLauncher != null) {
            args.addAll(List.of("--add-launcher", WINDOWS_CONSOLE_LAUNCHER + "=" + consoleLauncher));
        }
        if (os == HostOs.MAC) {
            args.addAll(List.of("--mac-package-name", VENDOR));
        }
        return args;
    }

    /** The installer of {@link BuildSettings#type()}, made from {@code appImage} into {@code dest}. */
    List<String> installer(Path appImage, Path icon, Path dest) {
        List<String> args = common(settings.type().id(), dest);
        args.addAll(List.of("--app-image", appImage.toString()));
        switch (settings.type()) {
            case DEB:
                args.addAll(List.of("--icon", icon.toString(), "--linux-shortcut", "--linux-menu-group", "Education",
                        // No --linux-package-deps: jpackage finds what the image's libraries (JavaFX's among
                        // them, see NativeLibraries) link against, GTK 3 and OpenGL included.
                        "--linux-app-category", "education",
                        // The menu entry in English and Chinese; postinst and prerm: jpackage's own, plus the
                        // command lockstep on the PATH.
                        "--resource-dir", settings.resources().resolve("linux").toString()));
                break;
            case MSI:
                args.addAll(List.of("--win-menu", "--win-menu-group", VENDOR, "--win-shortcut", "--win-dir-chooser",
                        "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
                break;
            default:
                break;
        }
        return args;
    }

    private List<String> common(String type, Path dest) {
        return new ArrayList<>(List.of("--type", type, "--name", NAME, "--app-version", version(),
                "--vendor", VENDOR, "--description", DESCRIPTION, "--dest", dest.toString()));
    }
}
