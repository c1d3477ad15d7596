package lockstep.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconFilesTest {
    private static final Path ICON = Path.of("src/main/jpackage/lockstep.png");

    @TempDir
    Path dir;

    @Test
    void theProjectsIconIsA256PixelSquare() throws IOException {
        IconFiles.checkSize(Files.readAllBytes(ICON));
        BufferedImage image = ImageIO.read(ICON.toFile());
        assertEquals(IconFiles.SIZE, image.getWidth());
        assertEquals(IconFiles.SIZE, image.getHeight());
    }

    @Test
    void theWindowShowsTheSameIcon() throws IOException {
        assertArrayEquals(Files.readAllBytes(ICON),
                Files.readAllBytes(Path.of("../app/src/main/resources/lockstep/app/lockstep.png")),
                "the app's window icon and the installers' icon are one picture");
    }

    @Test
    void icoHoldsThePngAfterOneDirectoryEntry() throws IOException {
        byte[] png = Files.readAllBytes(ICON);
        ByteBuffer ico = ByteBuffer.wrap(IconFiles.ico(png)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "type: icon");
        assertEquals(1, ico.getShort(4), "one image");
        assertEquals(32, ico.getShort(12), "bits per pixel");
        assertEquals(png.length, ico.getInt(14));
        assertEquals(22, ico.getInt(18));
        assertArrayEquals(png, Arrays.copyOfRange(ico.array(), 22, ico.capacity()));
    }

    @Test
    void icnsHoldsThePngAsIc08() throws IOException {
        byte[] png = Files.readAllBytes(ICON);
        byte[] icns = IconFiles.icns(png);
        ByteBuffer buffer = ByteBuffer.wrap(icns);
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, buffer.getInt(4));
        assertEquals("ic08", new String(icns, 8, 4, StandardCharsets.US_ASCII));
        assertEquals(8 + png.length, buffer.getInt(12));
        assertArrayEquals(png, Arrays.copyOfRange(icns, 16, icns.length));
    }

    @Test
    void eachSystemGetsItsFormat() throws IOException {
        assertEquals(ICON, IconFiles.forOs(HostOs.LINUX, ICON, dir));
        assertEquals("lockstep.ico", IconFiles.forOs(HostOs.WINDOWS, ICON, dir).getFileName().toString());
        assertEquals("lockstep.icns", IconFiles.forOs(HostOs.MAC, ICON, dir).getFileName().toString());
    }

    @Test
    void anIconOfAnotherSizeIsRefused() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB), "png", png);
        assertThrows(IllegalArgumentException.class, () -> IconFiles.checkSize(png.toByteArray()));
        assertThrows(IllegalArgumentException.class, () -> IconFiles.checkSize(new byte[8]));
    }
}
