package lockstep.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeModulesTest {
    @Test
    void jdepsListGetsTheServiceModulesSorted() {
        String jdeps = "Warning: split package: picocli file:///x/picocli.jar picocli.jar\n"
                + "java.base,java.sql,jdk.unsupported.desktop,jdk.charsets\n";
        assertEquals(List.of("java.base", "java.sql", "jdk.charsets", "jdk.localedata", "jdk.unsupported.desktop"),
                RuntimeModules.parse(jdeps));
    }

    @Test
    void anAnswerWithoutModulesStopsTheBuild() {
        assertThrows(IllegalStateException.class, () -> RuntimeModules.parse("Error: no such file\n"));
        assertThrows(IllegalStateException.class, () -> RuntimeModules.parse(""));
    }
}
