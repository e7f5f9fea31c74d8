import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Atomiscope app icon: three electron orbits around a nucleus on a dark tile.
 *
 * <p>Run from the repository root with {@code java assets/tools/MakeIcon.java}; it rewrites
 * the PNGs in assets/src/main/resources/org/atomiscope/assets/icons/. Every size is drawn
 * from vectors rather than scaled from the largest, so small icons stay crisp.
 */
public class MakeIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final Color TILE = new Color(0x1f, 0x2a, 0x44);
    private static final Color ORBIT = new Color(0x7d, 0xd3, 0xfc);
    private static final Color NUCLEUS = new Color(0xf9, 0x73, 0x16);
    private static final Color ELECTRON = new Color(0xe0, 0xf2, 0xfe);

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "assets/src/main/resources/org/atomiscope/assets/icons");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("Cannot create " + dir);
        }
        for (int size : SIZES) {
            File out = new File(dir, "atomiscope-" + size + ".png");
            ImageIO.write(draw(size), "png", out);
            System.out.println("wrote " + out);
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        // Everything is drawn on a 256-unit canvas and scaled, so all sizes share one geometry.
        double s = size / 256.0;
        g.scale(s, s);

        g.setColor(TILE);
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // Thicker lines at small sizes: a 1/256 stroke would vanish in a 16 px icon.
        float width = (float) Math.max(10, 2.0 / s);
        g.setStroke(new BasicStroke(width));
        g.setColor(ORBIT);
        Ellipse2D orbit = new Ellipse2D.Double(128 - 96, 128 - 36, 192, 72);
        for (int angle : new int[] {0, 60, 120}) {
            g.draw(AffineTransform.getRotateInstance(Math.toRadians(angle), 128, 128).createTransformedShape(orbit));
        }

        g.setColor(NUCLEUS);
        g.fill(new Ellipse2D.Double(128 - 22, 128 - 22, 44, 44));

        if (size >= 32) {
            g.setColor(ELECTRON);
            for (int angle : new int[] {0, 60, 120}) {
                // One electron at the far end of each orbit.
                double a = Math.toRadians(angle);
                double x = 128 + 96 * Math.cos(a);
                double y = 128 + 96 * Math.sin(a);
                g.fill(new Ellipse2D.Double(x - 12, y - 12, 24, 24));
            }
        }
        g.dispose();
        return image;
    }
}
