package lockstep.app.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every string of the panel exists in English and Chinese. */
class ObjectsBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ObjectsBundleTest.class.getResourceAsStream("/lockstep/app/objects/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theChineseBundleHasEveryKeyOfTheEnglishOneTranslated() throws Exception {
        Properties en = load("objects.properties");
        Properties zh = load("objects_zh.properties");
        assertEquals(new java.util.TreeSet<>(en.stringPropertyNames()), new java.util.TreeSet<>(zh.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN),
                    key + " = " + zh.getProperty(key));
        }
    }
}
