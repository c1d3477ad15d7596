package lockstep.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PackageVersionTest {
    @Test
    void aSnapshotKeepsItsNumbers() {
        assertEquals("0.1.0", PackageVersion.ofPom("0.1.0-SNAPSHOT").text());
    }

    @Test
    void missingNumbersAreZero() {
        assertEquals("2.0.0", PackageVersion.ofPom("2").text());
        assertEquals("2.3.0", PackageVersion.ofPom("2.3-rc1").text());
        assertEquals("1.2.3", PackageVersion.ofPom("1.2.3").text());
    }

    @Test
    void macOsGetsAFirstNumberOfAtLeastOne() {
        assertEquals("1.1.0", PackageVersion.ofPom("0.1.0-SNAPSHOT").macText());
        assertEquals("3.4.5", PackageVersion.ofPom("3.4.5").macText());
    }

    @Test
    void aVersionWithoutNumbersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PackageVersion.ofPom("SNAPSHOT"));
        assertThrows(IllegalArgumentException.class, () -> PackageVersion.ofPom("v1.0"));
    }
}
