package lockstep.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path folder;

    @Test
    void recentFilesAreNewestFirstWithoutRepeatsAtMostTenAndSurviveARestart() {
        RecentFiles recent = new RecentFiles(new UserSettings(folder));
        for (int i = 0; i < 12; i++) {
            recent.add(folder.resolve("s" + i + ".yaml"));
        }
        recent.add(folder.resolve("s5.yaml"));
        List<Path> again = new RecentFiles(new UserSettings(folder)).files();
        assertEquals(RecentFiles.MAX, again.size());
        assertEquals(folder.resolve("s5.yaml"), again.get(0));
        assertEquals(folder.resolve("s11.yaml"), again.get(1));
        assertEquals(1, again.stream().filter(p -> p.endsWith("s5.yaml")).count());
    }

    @Test
    void theRecoveryCopyKeepsTheProgramExactlyAndIsGoneOnceCleared() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        String program = "print('你好')\n\tx = \"a=b\\n\"\n";
        store.save(new RecoveryStore.Copy("bundled:threads/lost-update.yaml", "lost-update.yaml", program, 42));
        RecoveryStore.Copy back = new RecoveryStore(folder).load().orElseThrow();
        assertEquals(program, back.program());
        assertEquals("bundled:threads/lost-update.yaml", back.source());
        assertEquals(42, back.savedAtMillis());
        store.clear();
        assertTrue(store.load().isEmpty());
        assertTrue(!Files.exists(store.file()));
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaults() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "stepLimit=lots\nlanguage=zh\n");
        UserSettings settings = new UserSettings(folder);
        assertEquals(UserSettings.DEFAULT_STEP_LIMIT, settings.getLong("stepLimit", UserSettings.DEFAULT_STEP_LIMIT));
        assertEquals("zh", settings.get("language", "en"));
    }
}
