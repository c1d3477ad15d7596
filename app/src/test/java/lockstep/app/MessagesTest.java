package lockstep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string exists in English and Chinese, and every key the code names exists. */
class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/lockstep/app/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndChineseIsChinese() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        long han = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertTrue(han > zh.size() * 0.85, han + " of " + zh.size() + " Chinese messages have Chinese");
    }

    /** Literals shaped like keys that are not: file names, the simulator's narration keys. */
    private static final Set<String> NOT_KEYS = Set.of("schedule.txt", "settings.properties",
            "event.thread_started");

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Properties en = load("messages.properties");
        Path sources = Path.of(System.getProperty("lockstep.root", ".."), "app/src/main/java/lockstep/app");
        // Any string literal shaped like a key whose first part is one the bundle uses ("menu.file.open").
        Set<String> prefixes = new TreeSet<>();
        en.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Pattern named = Pattern.compile("\"((" + String.join("|", prefixes) + ")\\.[a-z_.]*[a-z_])\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            // The objects panel and the timeline have texts of their own.
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/objects/")
                    && !f.toString().contains("/timeline/")).toList()) {
                Matcher m = named.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!en.containsKey(m.group(1)) && !NOT_KEYS.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(found > 100, "keys found in the code: " + found);
        assertEquals(Set.of(), missing);
    }
}
