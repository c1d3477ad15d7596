package lockstep.timeline;

import java.util.Locale;

/**
 * The shape of an exported picture: a strip as tall as the lanes need, or a slide-shaped page (16:9, 4:3) whose
 * height follows from its width, with the timeline scaled to fit under the title.
 */
public enum PageShape {
    STRIP("strip", 0, 0),
    WIDE("16:9", 16, 9),
    STANDARD("4:3", 4, 3);

    private final String id;
    private final int across;
    private final int down;

    PageShape(String id, int across, int down) {
        this.id = id;
        this.across = across;
        this.down = down;
    }

    /** The name users type: {@code strip}, {@code 16:9}, {@code 4:3}. */
    public String id() {
        return id;
    }

    /** Whether the height follows from the width (a page) rather than from the lanes (the strip). */
    public boolean isPage() {
        return across > 0;
    }

    /** A page's height for {@code width}; 0 for the strip, whose height comes from its lanes. */
    public int heightFor(int width) {
        return isPage() ? (int) Math.round((double) width * down / across) : 0;
    }

    /** The shape named {@code strip}, {@code 16:9} or {@code 4:3} (any case), or null. */
    public static PageShape byName(String name) {
        for (PageShape shape : values()) {
            if (shape.id.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return shape;
            }
        }
        return null;
    }
}
