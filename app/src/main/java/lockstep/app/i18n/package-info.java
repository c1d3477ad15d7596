/**
 * The app's languages: {@link lockstep.app.i18n.I18n} holds the current locale and gives every visible string from
 * the {@code lockstep/app/messages} bundles (English and Simplified Chinese) as a binding that follows a switch at
 * run time; {@link lockstep.app.i18n.CjkFonts} loads the bundled family that renders Chinese into JavaFX.
 */
package lockstep.app.i18n;
