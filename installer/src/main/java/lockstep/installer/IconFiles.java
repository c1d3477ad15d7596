package lockstep.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The app's icon in the file format jpackage wants on each system, made from the one 256×256 PNG: Linux takes the
 * PNG, Windows an ICO and macOS an ICNS, and both of those may hold a PNG as it is.
 */
final class IconFiles {
    /** The only size kept: what ICO's "0 means 256" and ICNS's {@code ic08} both stand for. */
    static final int SIZE = 256;

    private IconFiles() {}

    /** The icon for {@code os}, written into {@code dir} when it needs another format than {@code png}. */
    static Path forOs(HostOs os, Path png, Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        checkSize(bytes);
        switch (os) {
            case WINDOWS:
                return Files.write(dir.resolve("lockstep.ico"), ico(bytes));
            case MAC:
                return Files.write(dir.resolve("lockstep.icns"), icns(bytes));
            default:
                return png;
        }
    }

    /** An ICO file with {@code png} as its one image (ICONDIR, one ICONDIRENTRY, the PNG: little-endian). */
    static byte[] ico(byte[] png) {
        ByteBuffer header = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type 1 = icon, one image
        header.put((byte) 0).put((byte) 0);                                  // width and height: 0 means 256
        header.put((byte) 0).put((byte) 0);                                  // no palette, reserved
        header.putShort((short) 1).putShort((short) 32);                     // colour planes, bits per pixel
        header.putInt(png.length).putInt(22);                                // the image's length and offset
        return concat(header.array(), png);
    }

    /** An ICNS file with {@code png} as its {@code ic08} (256×256) image (big-endian lengths that count headers). */
    static byte[] icns(byte[] png) {
        ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN);
        header.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(16 + png.length);
        header.put("ic08".getBytes(StandardCharsets.US_ASCII)).putInt(8 + png.length);
        return concat(header.array(), png);
    }

    /** The PNG's width and height (IHDR, right after the signature) must be {@link #SIZE}. */
    static void checkSize(byte[] png) {
        ByteBuffer buffer = ByteBuffer.wrap(png).order(ByteOrder.BIG_ENDIAN);
        if (png.length < 24 || buffer.getLong(0) != 0x89504E470D0A1A0AL
                || buffer.getInt(16) != SIZE || buffer.getInt(20) != SIZE) {
            throw new IllegalArgumentException("the icon must be a " + SIZE + "×" + SIZE + " PNG");
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length);
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
