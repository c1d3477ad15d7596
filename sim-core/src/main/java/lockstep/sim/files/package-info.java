/**
 * Files as the user names them: read only when they are regular files, within a size limit and as strict UTF-8
 * ({@link lockstep.sim.files.TextFiles}); written so that a reader sees the old content or the new, and never over a
 * pipe, a device or a folder ({@link lockstep.sim.files.AtomicFiles}). What goes wrong is a
 * {@link lockstep.sim.files.FileProblem} that says why in words, for the caller to put after the file's name.
 */
package lockstep.sim.files;
