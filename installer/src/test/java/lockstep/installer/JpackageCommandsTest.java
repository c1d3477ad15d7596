package lockstep.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpackageCommandsTest {
    private static BuildSettings settings(String type) {
        return BuildSettings.parse("--input=in", "--main-jar=app-0.1.0-SNAPSHOT.jar", "--resources=res", "--dest=out",
                "--version=0.1.0-SNAPSHOT", "--type=" + type);
    }

    /** The value that follows {@code option} in {@code args}. */
    private static String valueOf(List<String> args, String option) {
        return args.get(args.indexOf(option) + 1);
    }

    @Test
    void theAppImageStartsTheLauncherMainWithTheTrimmedRuntime() {
        List<String> args = new JpackageCommands(settings("deb"), HostOs.LINUX)
                .appImage(Path.of("rt"), Path.of("icon.png"), Path.of("images"), null);
        assertEquals("app-image", valueOf(args, "--type"));
        assertEquals("lockstep", valueOf(args, "--name"));
        assertEquals("0.1.0", valueOf(args, "--app-version"));
        assertEquals("lockstep.app.AppLauncher", valueOf(args, "--main-class"));
        assertEquals("app-0.1.0-SNAPSHOT.jar", valueOf(args, "--main-jar"));
        assertEquals("rt", valueOf(args, "--runtime-image"));
        assertFalse(args.contains("--add-launcher"));
    }

    @Test
    void theDebHasAMenuEntryAndItsScripts() {
        List<String> args = new JpackageCommands(settings("deb"), HostOs.LINUX)
                .installer(Path.of("images/lockstep"), Path.of("icon.png"), Path.of("out"));
        assertEquals("deb", valueOf(args, "--type"));
        assertEquals("images/lockstep", valueOf(args, "--app-image"));
        assertTrue(args.contains("--linux-shortcut"));
        assertEquals(Path.of("res", "linux").toString(), valueOf(args, "--resource-dir"));
    }

    @Test
    void windowsGetsAConsoleLauncherAndAnMsiThatUpgrades() {
        JpackageCommands windows = new JpackageCommands(settings("msi"), HostOs.WINDOWS);
        List<String> image = windows.appImage(Path.of("rt"), Path.of("icon.ico"), Path.of("images"),
                Path.of("lockstep-cli.properties"));
        assertEquals("lockstep-cli=lockstep-cli.properties", valueOf(image, "--add-launcher"));
        List<String> msi = windows.installer(Path.of("images/lockstep"), Path.of("icon.ico"), Path.of("out"));
        assertEquals(JpackageCommands.WINDOWS_UPGRADE_UUID, valueOf(msi, "--win-upgrade-uuid"));
        assertTrue(msi.contains("--win-menu"));
    }

    @Test
    void macOsGetsItsVersionAndTheAppBundle() {
        JpackageCommands mac = new JpackageCommands(settings("dmg"), HostOs.MAC);
        assertEquals("1.1.0", mac.version());
        assertEquals(Path.of("images", "lockstep.app"), mac.appImageIn(Path.of("images")));
        assertEquals("dmg", valueOf(mac.installer(Path.of("images/lockstep.app"), Path.of("i.icns"), Path.of("o")),
                "--type"));
    }

    @Test
    void settingsNeedEveryKey() {
        assertThrows(IllegalArgumentException.class, () -> BuildSettings.parse("--input=in"));
        assertThrows(IllegalArgumentException.class, () -> BuildSettings.parse("--colour=red"));
        assertThrows(IllegalArgumentException.class, () -> settings("rpm"));
        assertEquals(InstallerType.APP_IMAGE, settings("app-image").type());
    }

    @Test
    void theSystemIsTakenFromItsName() {
        assertEquals(HostOs.WINDOWS, HostOs.of("Windows Server 2022"));
        assertEquals(HostOs.MAC, HostOs.of("Mac OS X"));
        assertEquals(HostOs.LINUX, HostOs.of("Linux"));
    }
}
