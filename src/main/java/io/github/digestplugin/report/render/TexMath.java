package io.github.digestplugin.report.render;

import java.util.Map;
import java.util.Optional;

/**
 * Converts the LaTeX of one {@code $...$} formula into presentation MathML, which browsers render
 * without a script. Only a known subset is read (letters, digits, operators, Greek letters and
 * symbols, sub- and superscripts, groups, fonts, {@code \frac}, {@code \sqrt}, accents,
 * {@code \left}/{@code \right}, {@code \text}); a formula with anything else (an unknown command,
 * unbalanced braces, {@code \href}, the {@code unicode} command) is not converted, and its page shows it as
 * the text it is. No macro is expanded, so the work is linear in the formula's length, which is
 * bounded; every element comes from this class and every character of the input is escaped.
 */
public final class TexMath {

    /** The longest formula read: a longer one is more likely two dollar signs of prose. */
    static final int MAX_LENGTH = 300;
    /** The deepest nesting of groups and arguments read. */
    static final int MAX_DEPTH = 12;

    private static final Map<String, String> IDENTIFIERS = Map.ofEntries(
            Map.entry("alpha", "\u03b1"), Map.entry("beta", "\u03b2"), Map.entry("gamma", "\u03b3"),
            Map.entry("delta", "\u03b4"), Map.entry("epsilon", "\u03f5"), Map.entry("varepsilon", "\u03b5"),
            Map.entry("zeta", "\u03b6"), Map.entry("eta", "\u03b7"), Map.entry("theta", "\u03b8"),
            Map.entry("vartheta", "\u03d1"), Map.entry("iota", "\u03b9"), Map.entry("kappa", "\u03ba"),
            Map.entry("lambda", "\u03bb"), Map.entry("mu", "\u03bc"), Map.entry("nu", "\u03bd"),
            Map.entry("xi", "\u03be"), Map.entry("pi", "\u03c0"), Map.entry("rho", "\u03c1"),
            Map.entry("sigma", "\u03c3"), Map.entry("tau", "\u03c4"), Map.entry("upsilon", "\u03c5"),
            Map.entry("phi", "\u03d5"), Map.entry("varphi", "\u03c6"), Map.entry("chi", "\u03c7"),
            Map.entry("psi", "\u03c8"), Map.entry("omega", "\u03c9"), Map.entry("Gamma", "\u0393"),
            Map.entry("Delta", "\u0394"), Map.entry("Theta", "\u0398"), Map.entry("Lambda", "\u039b"),
            Map.entry("Xi", "\u039e"), Map.entry("Pi", "\u03a0"), Map.entry("Sigma", "\u03a3"),
            Map.entry("Upsilon", "\u03a5"), Map.entry("Phi", "\u03a6"), Map.entry("Psi", "\u03a8"),
            Map.entry("Omega", "\u03a9"), Map.entry("infty", "\u221e"), Map.entry("ell", "\u2113"),
            Map.entry("partial", "\u2202"), Map.entry("nabla", "\u2207"), Map.entry("emptyset", "\u2205"),
            Map.entry("top", "\u22a4"), Map.entry("bot", "\u22a5"), Map.entry("hbar", "\u210f"),
            Map.entry("aleph", "\u2135"));

    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("times", "\u00d7"), Map.entry("cdot", "\u22c5"), Map.entry("pm", "\u00b1"),
            Map.entry("mp", "\u2213"), Map.entry("div", "\u00f7"), Map.entry("ast", "\u2217"),
            Map.entry("star", "\u22c6"), Map.entry("circ", "\u2218"), Map.entry("bullet", "\u2219"),
            Map.entry("leq", "\u2264"), Map.entry("le", "\u2264"), Map.entry("geq", "\u2265"),
            Map.entry("ge", "\u2265"), Map.entry("neq", "\u2260"), Map.entry("ne", "\u2260"),
            Map.entry("approx", "\u2248"), Map.entry("sim", "\u223c"), Map.entry("simeq", "\u2243"),
            Map.entry("equiv", "\u2261"), Map.entry("propto", "\u221d"), Map.entry("ll", "\u226a"),
            Map.entry("gg", "\u226b"), Map.entry("in", "\u2208"), Map.entry("notin", "\u2209"),
            Map.entry("subset", "\u2282"), Map.entry("subseteq", "\u2286"), Map.entry("supset", "\u2283"),
            Map.entry("supseteq", "\u2287"), Map.entry("cup", "\u222a"), Map.entry("cap", "\u2229"),
            Map.entry("wedge", "\u2227"), Map.entry("land", "\u2227"), Map.entry("vee", "\u2228"),
            Map.entry("lor", "\u2228"), Map.entry("neg", "\u00ac"), Map.entry("lnot", "\u00ac"),
            Map.entry("forall", "\u2200"), Map.entry("exists", "\u2203"), Map.entry("to", "\u2192"),
            Map.entry("rightarrow", "\u2192"), Map.entry("leftarrow", "\u2190"),
            Map.entry("gets", "\u2190"), Map.entry("leftrightarrow", "\u2194"),
            Map.entry("Rightarrow", "\u21d2"), Map.entry("Leftarrow", "\u21d0"),
            Map.entry("Leftrightarrow", "\u21d4"), Map.entry("implies", "\u27f9"), Map.entry("iff", "\u27fa"),
            Map.entry("mapsto", "\u21a6"), Map.entry("uparrow", "\u2191"), Map.entry("downarrow", "\u2193"),
            Map.entry("sum", "\u2211"), Map.entry("prod", "\u220f"), Map.entry("int", "\u222b"),
            Map.entry("oplus", "\u2295"), Map.entry("otimes", "\u2297"), Map.entry("odot", "\u2299"),
            Map.entry("mid", "\u2223"), Map.entry("vert", "|"), Map.entry("|", "\u2016"),
            Map.entry("langle", "\u27e8"), Map.entry("rangle", "\u27e9"), Map.entry("lfloor", "\u230a"),
            Map.entry("rfloor", "\u230b"), Map.entry("lceil", "\u2308"), Map.entry("rceil", "\u2309"),
            Map.entry("ldots", "\u2026"), Map.entry("dots", "\u2026"), Map.entry("cdots", "\u22ef"),
            Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("%", "%"), Map.entry("&", "&"),
            Map.entry("#", "#"), Map.entry("_", "_"), Map.entry("$", "$"), Map.entry("backslash", "\\"),
            Map.entry("textbackslash", "\\"), Map.entry("prime", "\u2032"), Map.entry("dagger", "\u2020"));

    /** Named functions, set upright. */
    private static final java.util.Set<String> FUNCTIONS = java.util.Set.of("log", "ln", "exp", "max", "min",
            "arg", "argmax", "argmin", "sin", "cos", "tan", "tanh", "lim", "sup", "inf", "det", "dim", "deg", "Pr",
            "softmax");

    /** Spacing commands, as the width of an {@code mspace}. */
    private static final Map<String, String> SPACES = Map.of(",", "0.1667em", ":", "0.2222em", ">", "0.2222em",
            ";", "0.2778em", "!", "0", "quad", "1em", "qquad", "2em", " ", "0.25em");

    /** Font commands taking one argument, as a {@code mathvariant}; empty where the text stays as it is. */
    private static final Map<String, String> FONTS = Map.ofEntries(
            Map.entry("mathbf", "bold"), Map.entry("boldsymbol", "bold-italic"), Map.entry("bm", "bold-italic"),
            Map.entry("mathrm", "normal"), Map.entry("mathit", "italic"), Map.entry("mathcal", "script"),
            Map.entry("mathscr", "script"), Map.entry("mathbb", "double-struck"), Map.entry("mathsf", "sans-serif"),
            Map.entry("mathtt", "monospace"), Map.entry("mathfrak", "fraktur"), Map.entry("operatorname", "normal"));

    /** Text commands: their argument is text, not math. */
    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("text", ""), Map.entry("textrm", ""), Map.entry("mbox", ""), Map.entry("textnormal", ""),
            Map.entry("textbf", "bold"), Map.entry("textit", "italic"), Map.entry("emph", "italic"),
            Map.entry("texttt", "monospace"), Map.entry("textsf", "sans-serif"));

    /** Font switches, which apply to the rest of their group. */
    private static final Map<String, String> SWITCHES = Map.of("rm", "normal", "bf", "bold", "it", "italic",
            "sf", "sans-serif", "tt", "monospace", "cal", "script");

    /** Size switches, read and left out: the formula keeps the size of its text. */
    private static final java.util.Set<String> SIZES = java.util.Set.of("small", "normalsize", "large", "Large",
            "footnotesize", "scriptsize", "tiny", "displaystyle", "textstyle", "scriptstyle");

    /** Accents over their argument. */
    private static final Map<String, String> ACCENTS = Map.ofEntries(
            Map.entry("hat", "^"), Map.entry("widehat", "^"), Map.entry("bar", "\u00af"),
            Map.entry("overline", "\u00af"), Map.entry("tilde", "~"), Map.entry("widetilde", "~"),
            Map.entry("vec", "\u2192"), Map.entry("overrightarrow", "\u2192"), Map.entry("dot", "\u02d9"),
            Map.entry("ddot", "\u00a8"));

    private final String tex;
    private int at;
    private final StringBuilder out = new StringBuilder();

    private TexMath(String tex) {
        this.tex = tex;
    }

    /**
     * The MathML of {@code tex} (the formula without its dollar signs), or empty where it holds
     * anything this class does not read.
     */
    public static Optional<String> toMathMl(String tex) {
        if (tex.isBlank() || tex.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        TexMath converter = new TexMath(tex);
        try {
            converter.out.append("<math alttext=\"").append(Escaping.HTML.escape(tex)).append("\"><mrow>");
            converter.sequence(0, "");
            if (converter.at != tex.length()) {
                return Optional.empty();
            }
            converter.out.append("</mrow></math>");
            return Optional.of(converter.out.toString());
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    /** What the formula holds that this class does not read. */
    private static final class Unreadable extends Exception {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** Atoms up to the end of the formula or the group's closing brace (not consumed). */
    private void sequence(int depth, String variant) throws Unreadable {
        if (depth > MAX_DEPTH) {
            throw new Unreadable();
        }
        String font = variant;
        while (at < tex.length() && tex.charAt(at) != '}') {
            if (tex.startsWith("\\right", at) && !isLetter(at + "\\right".length())) {
                return;
            }
            if (tex.charAt(at) == ' ') {
                at++;
                continue;
            }
            if (tex.charAt(at) == '\\') {
                String name = peekCommand();
                if (SWITCHES.containsKey(name)) {
                    at += 1 + name.length();
                    font = SWITCHES.get(name);
                    continue;
                }
                if (SIZES.contains(name)) {
                    at += 1 + name.length();
                    continue;
                }
            }
            scripted(depth, font);
        }
    }

    /** One atom with its sub- and superscripts. */
    private void scripted(int depth, String variant) throws Unreadable {
        int start = out.length();
        char first = tex.charAt(at);
        if (first == '^' || first == '_') {
            // A script without a base (a formula such as $^2$): on an empty one.
            out.append("<mrow></mrow>");
        } else {
            atom(depth, variant);
        }
        String base = out.substring(start);
        String sub = null;
        String sup = null;
        skipSpaces();
        while (at < tex.length() && (tex.charAt(at) == '^' || tex.charAt(at) == '_')) {
            char mark = tex.charAt(at++);
            skipSpaces();
            if (at >= tex.length()) {
                throw new Unreadable();
            }
            int scriptStart = out.length();
            out.append("<mrow>");
            atom(depth + 1, variant);
            out.append("</mrow>");
            String script = out.substring(scriptStart);
            out.setLength(scriptStart);
            if (mark == '^' && sup == null) {
                sup = script;
            } else if (mark == '_' && sub == null) {
                sub = script;
            } else {
                throw new Unreadable();
            }
            skipSpaces();
        }
        out.setLength(start);
        if (sub != null && sup != null) {
            out.append("<msubsup>").append(base).append(sub).append(sup).append("</msubsup>");
        } else if (sub != null) {
            out.append("<msub>").append(base).append(sub).append("</msub>");
        } else if (sup != null) {
            out.append("<msup>").append(base).append(sup).append("</msup>");
        } else {
            out.append(base);
        }
    }

    private void atom(int depth, String variant) throws Unreadable {
        if (depth > MAX_DEPTH || at >= tex.length()) {
            throw new Unreadable();
        }
        char c = tex.charAt(at);
        if (c == '{') {
            group(depth, variant);
            return;
        }
        if (c == '}' || c == '^' || c == '_' || c == '$' || c == '&' || c == '#' || c == '%' || c == ' ') {
            throw new Unreadable();
        }
        if (c == '\\') {
            command(depth, variant);
            return;
        }
        if (c == '~') {
            at++;
            out.append("<mspace width=\"0.25em\"></mspace>");
            return;
        }
        if (isDigit(c)) {
            int start = at;
            while (at < tex.length() && (isDigit(tex.charAt(at))
                    || tex.charAt(at) == '.' && at + 1 < tex.length() && isDigit(tex.charAt(at + 1)))) {
                at++;
            }
            token("mn", tex.substring(start, at), variant);
            return;
        }
        int cp = tex.codePointAt(at);
        at += Character.charCount(cp);
        String text = new String(Character.toChars(cp));
        if (c < 128 && Character.isLetter(c)) {
            token("mi", text, variant);
        } else if (cp < 128 || Character.getType(cp) == Character.MATH_SYMBOL) {
            if (c == '\'') {
                text = "\u2032";
            }
            token("mo", text, "");
        } else {
            // Other scripts (a Chinese word in a formula) as text.
            token("mtext", text, "");
        }
    }

    /** A braced group, as one row. */
    private void group(int depth, String variant) throws Unreadable {
        at++;
        out.append("<mrow>");
        sequence(depth + 1, variant);
        expect('}');
        out.append("</mrow>");
    }

    private void command(int depth, String variant) throws Unreadable {
        String name = peekCommand();
        at += 1 + name.length();
        if (name.isEmpty()) {
            throw new Unreadable();
        }
        if (IDENTIFIERS.containsKey(name)) {
            token("mi", IDENTIFIERS.get(name), Character.isUpperCase(name.charAt(0)) ? "normal" : variant);
        } else if (OPERATORS.containsKey(name)) {
            token("mo", OPERATORS.get(name), "");
        } else if (FUNCTIONS.contains(name)) {
            token("mi", name, "normal");
        } else if (SPACES.containsKey(name)) {
            out.append("<mspace width=\"").append(SPACES.get(name)).append("\"></mspace>");
        } else if (FONTS.containsKey(name)) {
            argument(depth, FONTS.get(name));
        } else if (TEXTS.containsKey(name)) {
            text(TEXTS.get(name));
        } else if (ACCENTS.containsKey(name)) {
            out.append("<mover accent=\"true\"><mrow>");
            argument(depth, variant);
            out.append("</mrow>");
            token("mo", ACCENTS.get(name), "");
            out.append("</mover>");
        } else if (name.equals("underline")) {
            out.append("<munder><mrow>");
            argument(depth, variant);
            out.append("</mrow><mo>_</mo></munder>");
        } else if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac")) {
            out.append("<mfrac><mrow>");
            argument(depth, variant);
            out.append("</mrow><mrow>");
            argument(depth, variant);
            out.append("</mrow></mfrac>");
        } else if (name.equals("sqrt")) {
            sqrt(depth, variant);
        } else if (name.equals("left")) {
            delimiter();
            sequence(depth + 1, variant);
            if (!tex.startsWith("\\right", at)) {
                throw new Unreadable();
            }
            at += "\\right".length();
            delimiter();
        } else {
            throw new Unreadable();
        }
    }

    private void sqrt(int depth, String variant) throws Unreadable {
        skipSpaces();
        if (at < tex.length() && tex.charAt(at) == '[') {
            int close = tex.indexOf(']', at);
            if (close < 0) {
                throw new Unreadable();
            }
            String index = tex.substring(at + 1, close);
            at = close + 1;
            out.append("<mroot><mrow>");
            argument(depth, variant);
            out.append("</mrow><mrow>");
            Optional<String> inner = toMathMl(index);
            if (inner.isEmpty()) {
                throw new Unreadable();
            }
            String math = inner.get();
            out.append(math, math.indexOf("<mrow>"), math.length() - "</math>".length());
            out.append("</mrow></mroot>");
            return;
        }
        out.append("<msqrt>");
        argument(depth, variant);
        out.append("</msqrt>");
    }

    /** The delimiter after {@code \left} or {@code \right}: a character, a command, or none ({@code .}). */
    private void delimiter() throws Unreadable {
        skipSpaces();
        if (at >= tex.length()) {
            throw new Unreadable();
        }
        char c = tex.charAt(at);
        if (c == '.') {
            at++;
            return;
        }
        if (c == '\\') {
            String name = peekCommand();
            String symbol = OPERATORS.get(name);
            if (symbol == null) {
                throw new Unreadable();
            }
            at += 1 + name.length();
            token("mo", symbol, "");
            return;
        }
        if ("()[]|/<>".indexOf(c) < 0) {
            throw new Unreadable();
        }
        at++;
        token("mo", String.valueOf(c), "");
    }

    /** One argument: a braced group, or a single token. */
    private void argument(int depth, String variant) throws Unreadable {
        skipSpaces();
        if (at < tex.length() && tex.charAt(at) == '{') {
            group(depth + 1, variant);
        } else {
            atom(depth + 1, variant);
        }
    }

    /** A braced text argument, as {@code mtext}; {@code \_}-style escapes stand for their character. */
    private void text(String variant) throws Unreadable {
        skipSpaces();
        expect('{');
        StringBuilder text = new StringBuilder();
        while (at < tex.length() && tex.charAt(at) != '}') {
            char c = tex.charAt(at);
            if (c == '{' || c == '$' || c == '^' || c == '_') {
                throw new Unreadable();
            }
            if (c == '\\') {
                String name = peekCommand();
                String symbol = name.length() == 1 || name.equals("textbackslash") ? OPERATORS.get(name) : null;
                if (symbol == null) {
                    throw new Unreadable();
                }
                text.append(symbol);
                at += 1 + name.length();
                continue;
            }
            text.append(c == '~' ? '\u00a0' : c);
            at++;
        }
        expect('}');
        token("mtext", text.toString(), variant);
    }

    private void token(String element, String text, String variant) {
        out.append('<').append(element);
        if (!variant.isEmpty() && !(element.equals("mi") && variant.equals("italic") && text.length() == 1)) {
            out.append(" mathvariant=\"").append(variant).append('"');
        }
        out.append('>').append(Escaping.HTML.escape(text)).append("</").append(element).append('>');
    }

    /** The name of the command at {@code at} (a backslash): its letters, or its one other character. */
    private String peekCommand() {
        int start = at + 1;
        if (start >= tex.length()) {
            return "";
        }
        int end = start;
        while (end < tex.length() && isAsciiLetter(tex.charAt(end))) {
            end++;
        }
        return end == start ? tex.substring(start, start + 1) : tex.substring(start, end);
    }

    private void expect(char c) throws Unreadable {
        if (at >= tex.length() || tex.charAt(at) != c) {
            throw new Unreadable();
        }
        at++;
    }

    private void skipSpaces() {
        while (at < tex.length() && tex.charAt(at) == ' ') {
            at++;
        }
    }

    private boolean isLetter(int index) {
        return index < tex.length() && isAsciiLetter(tex.charAt(index));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
