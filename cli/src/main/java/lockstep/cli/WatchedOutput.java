package lockstep.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why it could not be written. A {@link java.io.PrintWriter} swallows write errors;
 * this keeps the first, so that the command can say its output was lost (a full disk, {@code /dev/full}) and exit
 * non-zero, or stop quietly when the reader has simply gone (a closed pipe: {@code lockstep run x | head -1}).
 */
final class WatchedOutput extends FilterOutputStream {
    private IOException failure;

    WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw noted(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw noted(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw noted(e);
        }
    }

    private IOException noted(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** The first write that failed, or null. */
    IOException failure() {
        return failure;
    }

    /** Whether the output failed only because its reader closed the pipe: nothing is lost that anyone wanted. */
    boolean readerWentAway() {
        return failure != null && failure.getMessage() != null && failure.getMessage().contains("Broken pipe");
    }
}
