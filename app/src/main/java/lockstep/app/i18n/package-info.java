/**
 * The app's languages: {@link lockstep.app.i18n.I18n} holds the current locale and gives every visible string from
 * the {@code lockstep/app/messages} bundles (English and Simplified Chinese) as a binding that follows a switch at
 * run time; {@link lockstep.app.i18n.CjkFonts} names the installed family that renders Chinese.
 */
package lockstep.app.i18n;
