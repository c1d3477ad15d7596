/**
 * The main window. {@link lockstep.app.window.MainWindow} puts it together from four parts:
 * {@link lockstep.app.window.AppServices} (settings, the bundled library and the simulation services, from start to
 * close), {@link lockstep.app.window.WindowLayout} (the library, the program, the panels and the timeline around one
 * playback controller, and presentation mode), {@link lockstep.app.window.WindowCommands} (what the menus of
 * {@link lockstep.app.window.AppMenus}, the keys and drops do) and {@link lockstep.app.window.StartupRestore} (the
 * first scenario and the recovery copy). File handling is {@link lockstep.app.window.FileActions}; the timeline plugs
 * in through {@link lockstep.app.window.TimelineSlot}.
 */
package lockstep.app.window;
