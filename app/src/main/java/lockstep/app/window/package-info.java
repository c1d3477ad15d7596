/**
 * The main window: {@link lockstep.app.window.MainWindow} lays out the library, the program, the panels and the
 * timeline around one playback controller, with the menus ({@link lockstep.app.window.AppMenus}), file handling
 * (open, drop, save, recent files, the recovery copy: {@link lockstep.app.window.FileActions}) and presentation
 * mode. The timeline plugs in through {@link lockstep.app.window.TimelineSlot}.
 */
package lockstep.app.window;
