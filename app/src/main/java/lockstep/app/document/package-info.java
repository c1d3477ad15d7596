/**
 * The open scenario as a document: where it came from ({@link lockstep.app.document.ScenarioDocument}), how it is
 * read from disk or from the bundled set, and how an edited program is written back into its file without
 * disturbing the rest of it ({@link lockstep.app.document.ProgramSplicer}).
 */
package lockstep.app.document;
