/**
 * The program view: a RichTextFX code area with Python syntax colouring ({@link lockstep.app.editor.PythonHighlighter}),
 * a gutter with line numbers and each thread's marker in its colour ({@link lockstep.app.editor.ProgramGutter}), the
 * line about to run emphasised, and errors shown where they are ({@link lockstep.app.editor.ProgramView}).
 */
package lockstep.app.editor;
