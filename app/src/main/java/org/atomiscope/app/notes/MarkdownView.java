package org.atomiscope.app.notes;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown as JavaFX nodes: a scenario's teaching notes. commonmark parses; each block becomes a
 * node in a VBox (paragraphs and headings are TextFlows, so they wrap to the width they are given,
 * code blocks a monospace box, lists rows of marker and content), each inline run a {@link Text}
 * whose style classes say how it looks ({@code md-strong}, {@code md-em}, {@code md-code}), and a
 * link a {@link Hyperlink} that shows its address in a tooltip (the app opens nothing outside
 * itself). Sizes are in the stylesheet, in em, so the notes follow the window's font size.
 */
public final class MarkdownView {
    private static final Parser PARSER = Parser.builder().build();

    private final VBox node = new VBox();

    public MarkdownView() {
        node.getStyleClass().add("md-document");
        node.setFillWidth(true);
    }

    public Node node() {
        return node;
    }

    /** Replaces what is shown with {@code markdown} rendered. */
    public void show(String markdown) {
        node.getChildren().setAll(blocks(PARSER.parse(markdown)));
    }

    /** Replaces what is shown with a single muted line (no notes, no scenario). */
    public void showPlaceholder(String sentence) {
        Label l = new Label(sentence);
        l.setWrapText(true);
        l.getStyleClass().add("md-placeholder");
        node.getChildren().setAll(l);
    }

    // ------------------------------------------------------------------ blocks

    private List<Node> blocks(org.commonmark.node.Node parent) {
        List<Node> out = new ArrayList<>();
        for (org.commonmark.node.Node b = parent.getFirstChild(); b != null; b = b.getNext()) {
            Node n = block(b);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private Node block(org.commonmark.node.Node b) {
        if (b instanceof Paragraph) {
            return flow(b, "md-paragraph");
        }
        if (b instanceof Heading h) {
            TextFlow f = flow(b, "md-heading");
            f.getStyleClass().add("md-h" + Math.min(h.getLevel(), 4));
            return f;
        }
        if (b instanceof FencedCodeBlock c) {
            return codeBlock(c.getLiteral());
        }
        if (b instanceof IndentedCodeBlock c) {
            return codeBlock(c.getLiteral());
        }
        if (b instanceof HtmlBlock h) {
            return codeBlock(h.getLiteral());
        }
        if (b instanceof BulletList || b instanceof OrderedList) {
            return list((ListBlock) b);
        }
        if (b instanceof BlockQuote) {
            VBox q = new VBox();
            q.getStyleClass().add("md-quote");
            q.getChildren().setAll(blocks(b));
            return q;
        }
        if (b instanceof ThematicBreak) {
            Separator s = new Separator();
            s.getStyleClass().add("md-rule");
            return s;
        }
        // A kind of block the notes do not use (a link reference definition): show its inline text, if any.
        return b.getFirstChild() == null ? null : flow(b, "md-paragraph");
    }

    private static Node codeBlock(String literal) {
        Label code = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.setWrapText(true);
        code.setMinHeight(Label.USE_PREF_SIZE);
        code.getStyleClass().add("md-code-text");
        VBox box = new VBox(code);
        box.getStyleClass().add("md-code-block");
        return box;
    }

    /** Each item a row: its marker ("•", "2.") and its blocks, which wrap beside the marker. */
    private Node list(ListBlock list) {
        VBox out = new VBox();
        out.getStyleClass().addAll("md-list", list.isTight() ? "md-tight" : "md-loose");
        int number = list instanceof OrderedList o ? startOf(o) : 0;
        boolean nested = list.getParent() instanceof ListItem;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : nested ? "◦" : "•");
            marker.getStyleClass().add("md-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md-item");
            content.getChildren().setAll(blocks(item));
            content.setMinWidth(0);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("md-list-row");
            out.getChildren().add(row);
        }
        return out;
    }

    private static int startOf(OrderedList o) {
        Integer start = o.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    // ------------------------------------------------------------------ inlines

    /** A block's inline content as one wrapping flow of styled runs. */
    private TextFlow flow(org.commonmark.node.Node block, String styleClass) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add(styleClass);
        List<Node> runs = new ArrayList<>();
        inlines(block, List.of(), runs);
        f.getChildren().setAll(runs);
        return f;
    }

    /** Appends the runs of {@code parent}'s inline children, each styled by the marks around it. */
    private void inlines(org.commonmark.node.Node parent, List<String> marks, List<Node> out) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                out.add(text(t.getLiteral(), marks));
            } else if (n instanceof Code c) {
                out.add(text(c.getLiteral(), with(marks, "md-code")));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, with(marks, "md-strong"), out);
            } else if (n instanceof Emphasis) {
                inlines(n, with(marks, "md-em"), out);
            } else if (n instanceof SoftLineBreak) {
                out.add(text(" ", marks));
            } else if (n instanceof HardLineBreak) {
                out.add(text("\n", marks));
            } else if (n instanceof Link l) {
                out.add(link(plain(l), l.getDestination()));
            } else if (n instanceof Image i) {
                out.add(text("[" + plain(i) + "]", with(marks, "md-em")));
            } else if (n instanceof HtmlInline h) {
                out.add(text(h.getLiteral(), with(marks, "md-code")));
            } else {
                inlines(n, marks, out);
            }
        }
    }

    private static Text text(String literal, List<String> marks) {
        Text t = new Text(literal);
        t.getStyleClass().add("md-text");
        t.getStyleClass().addAll(marks);
        return t;
    }

    private static Hyperlink link(String label, String destination) {
        Hyperlink h = new Hyperlink(label.isEmpty() ? destination : label);
        h.getStyleClass().add("md-link");
        h.setTooltip(new Tooltip(destination));
        h.setFocusTraversable(false);
        // Following a link would leave the app (or need a browser the sandbox may lack): the tooltip
        // shows the address, which is what a reader on a projector needs.
        h.setOnAction(e -> h.setVisited(true));
        return h;
    }

    /** The text of a node's inline children, without styling (a link's or image's label). */
    private static String plain(org.commonmark.node.Node n) {
        StringBuilder sb = new StringBuilder();
        for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                sb.append(plain(c));
            }
        }
        return sb.toString();
    }

    private static List<String> with(List<String> marks, String mark) {
        if (marks.contains(mark)) {
            return marks;
        }
        List<String> out = new ArrayList<>(marks);
        out.add(mark);
        return out;
    }
}
