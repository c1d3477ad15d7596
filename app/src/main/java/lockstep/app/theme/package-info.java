/**
 * How the window looks: AtlantaFX's Primer light and dark themes and a high-contrast theme over Primer dark (white and saturated colours on black)
 * ({@link lockstep.app.theme.Theme}), presentation mode's large type, the font that renders Chinese
 * ({@link lockstep.app.theme.Appearance}), and the threads' colours ({@link lockstep.app.theme.ThreadPalette}).
 */
package lockstep.app.theme;
