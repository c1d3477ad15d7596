package lockstep.sim.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a text file the user named. Only a regular file is opened: a named pipe would block the reader until
 * someone writes to it, and a device such as {@code /dev/zero} never ends. At most {@code maxBytes} are read, so a
 * file larger than the limit (or one that grows while it is read) is refused before it fills the memory.
 */
public final class TextFiles {
    private TextFiles() {}

    /** The file's text, decoded as strict UTF-8; a problem says why in a {@link FileProblem}. */
    public static String read(Path file, int maxBytes) throws FileProblem {
        return decode(bytes(file, maxBytes));
    }

    /** The file's bytes, at most {@code maxBytes} of them, from a regular file only. */
    public static byte[] bytes(Path file, int maxBytes) throws FileProblem {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new FileProblem(FileProblem.Kind.MISSING, "no such file");
        } catch (IOException e) {
            throw new FileProblem(FileProblem.Kind.UNREADABLE, "cannot be read (" + FileProblem.describe(e) + ")");
        }
        if (attributes.isDirectory()) {
            throw new FileProblem(FileProblem.Kind.DIRECTORY, "is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new FileProblem(FileProblem.Kind.NOT_REGULAR,
                    "is not a regular file (a pipe, a device or a socket); only regular files are read");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(attributes.size(), maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new FileProblem(FileProblem.Kind.UNREADABLE, "cannot be read (" + FileProblem.describe(e) + ")");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length, maxBytes);
        }
        return bytes;
    }

    /** {@code bytes} as strict UTF-8; the first malformed byte is placed by line and column. */
    public static String decode(byte[] bytes) throws FileProblem {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                char c = before.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n')) {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new FileProblem(FileProblem.Kind.NOT_UTF8, "not valid UTF-8 text", line,
                    before.length() - lineStart + 1, 0);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static FileProblem tooLarge(long size, int maxBytes) {
        return new FileProblem(FileProblem.Kind.TOO_LARGE, String.format(java.util.Locale.ROOT,
                "is too large (%,d bytes; at most %,d are read)", size, maxBytes), 0, 0, size);
    }
}
