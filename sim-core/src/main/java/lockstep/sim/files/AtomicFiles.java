package lockstep.sim.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that a reader sees the old content or the new, never half of it: into a temporary file beside
 * the target, then moved over it in one step. Only a regular file is ever replaced — a named pipe, a device such as
 * {@code /dev/full} or a folder in the target's place is refused, where a move would have put a file in its stead —
 * and a symbolic link is written through, to the file it names, so the link stays.
 */
public final class AtomicFiles {
    /** Something that writes a file's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    public static void text(Path target, String text) throws IOException {
        bytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void bytes(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes {@code content} to {@code target}, whose folder must exist. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileProblem(FileProblem.Kind.DIRECTORY, "is a directory, not a file");
        }
        boolean replacing = Files.exists(absolute);
        if (replacing && !Files.isRegularFile(absolute)) {
            throw new FileProblem(FileProblem.Kind.NOT_REGULAR,
                    "is not a regular file (a pipe, a device or a socket); only regular files are replaced");
        }
        if (replacing) {
            absolute = absolute.toRealPath();
        }
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            // A temporary file is private to its owner; the new file gets the permissions of the one it replaces,
            // or those of an ordinary new file.
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, replacing ? Files.getPosixFilePermissions(absolute)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
