package lockstep.installer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/** One of the JDK's tools (jdeps, jlink, jpackage), run in this JVM so that it is the JDK that runs the build. */
final class JdkTool {
    private JdkTool() {}

    /** Runs {@code name} with {@code args} and returns what it printed; a tool that fails stops the build. */
    static String run(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                name + " is not in the JDK at " + System.getProperty("java.home") + ": build with a full JDK 17+"));
        System.out.println("installer: " + name + " " + String.join(" ", args));
        StringWriter printed = new StringWriter();
        PrintWriter writer = new PrintWriter(printed);
        int code = tool.run(writer, writer, args.toArray(String[]::new));
        writer.flush();
        if (code != 0) {
            throw new IllegalStateException(name + " failed with exit code " + code + ":\n" + printed);
        }
        return printed.toString();
    }
}
