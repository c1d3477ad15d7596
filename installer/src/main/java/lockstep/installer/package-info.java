/**
 * Builds Lockstep's installers with the JDK's own tools: jdeps finds the JDK modules the jars need, jlink makes a
 * trimmed runtime of them, and jpackage makes the app image (the app with that runtime, started by a native launcher
 * named {@code lockstep}) and the operating system's installer from it. Run by the {@code installer} Maven profile;
 * nothing here is part of the app.
 */
package lockstep.installer;
