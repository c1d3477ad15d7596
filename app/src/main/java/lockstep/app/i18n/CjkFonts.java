package lockstep.app.i18n;

import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The installed font family that renders Simplified Chinese. JavaFX's default font shows boxes for Chinese on a
 * stock Linux, and families such as Noto Sans CJK SC render only when named, so the app names one.
 */
public final class CjkFonts {
    /** Families with Chinese glyphs, in order of preference. */
    public static final List<String> FAMILIES =
            List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC");

    private static Optional<String> cached;

    private CjkFonts() {}

    /** The first installed family of {@link #FAMILIES}, looked up once. */
    public static synchronized Optional<String> family() {
        if (cached == null) {
            List<String> installed = Font.getFamilies();
            cached = FAMILIES.stream().filter(installed::contains).findFirst();
        }
        return cached;
    }
}
