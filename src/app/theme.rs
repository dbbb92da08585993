//! The window's colours: egui's light and dark visuals, adjusted where they fall short of WCAG AA
//! (4.5:1 for text, 3:1 for the edges of fields and buttons), and the contrast test that holds them
//! there.

use egui::{Color32, Visuals};

/// The visuals the window uses for a theme: egui's, with hints, warnings, errors and links dark
/// (or light) enough to read, and an edge on fields and buttons that shows where they are.
pub fn visuals(dark: bool) -> Visuals {
    let mut v = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    let edge = if dark {
        Color32::from_gray(118)
    } else {
        Color32::from_gray(138)
    };
    if dark {
        // egui's grey text is hard to read on code and chip backgrounds.
        v.widgets.noninteractive.fg_stroke.color = Color32::from_gray(178);
        v.weak_text_color = Some(Color32::from_gray(160));
        v.error_fg_color = Color32::from_rgb(255, 120, 120);
    } else {
        v.weak_text_color = Some(Color32::from_gray(96));
        v.warn_fg_color = Color32::from_rgb(150, 78, 0);
        v.error_fg_color = Color32::from_rgb(178, 24, 24);
        v.hyperlink_color = Color32::from_rgb(0, 86, 178);
        // Fields are white on the off-white window, with the edge below to show them.
        v.text_edit_bg_color = Some(Color32::WHITE);
    }
    // An unfocused field or button is drawn with its inactive edge.
    v.widgets.inactive.bg_stroke.color = edge;
    v.widgets.inactive.bg_stroke.width = v.widgets.inactive.bg_stroke.width.max(1.0);
    v
}

/// The colours of a diff's deleted and inserted words in a theme (text, and the tint behind it).
pub fn diff_colors(dark: bool) -> (Color32, Color32) {
    if dark {
        (
            Color32::from_rgb(255, 160, 160),
            Color32::from_rgb(140, 230, 160),
        )
    } else {
        (
            Color32::from_rgb(160, 16, 16),
            Color32::from_rgb(0, 105, 38),
        )
    }
}

/// How strongly a diff's colour tints the background behind its words.
pub const DIFF_TINT: f32 = 0.15;

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG's relative luminance of an sRGB colour (alpha ignored: pass colours already over their
    /// background, see [`over`]).
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    /// WCAG's contrast ratio of two opaque colours, from 1 to 21.
    fn contrast(a: Color32, b: Color32) -> f32 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// `top` painted over the opaque `bottom` (egui's colours are premultiplied).
    fn over(top: Color32, bottom: Color32) -> Color32 {
        let keep = 1.0 - f32::from(top.a()) / 255.0;
        let mix = |t: u8, b: u8| (f32::from(t) + f32::from(b) * keep).round().min(255.0) as u8;
        Color32::from_rgb(
            mix(top.r(), bottom.r()),
            mix(top.g(), bottom.g()),
            mix(top.b(), bottom.b()),
        )
    }

    const TEXT: f32 = 4.5;
    const EDGE: f32 = 3.0;

    /// Every pair a person must tell apart in a theme: what it is, its contrast, and what it needs.
    fn pairs(dark: bool) -> Vec<(String, f32, f32)> {
        let v = visuals(dark);
        let panel = v.panel_fill;
        let mut out = Vec::new();
        let mut text = |what: &str, fg: Color32, bg: Color32| {
            let bg = over(bg, panel);
            out.push((what.to_owned(), contrast(over(fg, bg), bg), TEXT));
        };
        for (what, bg) in [
            ("panel", panel),
            ("window", v.window_fill),
            ("field", v.text_edit_bg_color()),
            ("striped row", v.faint_bg_color),
            ("code", v.code_bg_color),
        ] {
            text(&format!("text on {what}"), v.text_color(), bg);
        }
        for (what, fg) in [
            ("hint (weak text)", v.weak_text_color()),
            ("warning", v.warn_fg_color),
            ("error", v.error_fg_color),
            ("link", v.hyperlink_color),
        ] {
            text(&format!("{what} on panel"), fg, panel);
            text(&format!("{what} on window"), fg, v.window_fill);
        }
        text(
            "hint in a field",
            v.weak_text_color(),
            v.text_edit_bg_color(),
        );
        let w = &v.widgets;
        for (state, style) in [
            ("noninteractive", w.noninteractive),
            ("inactive", w.inactive),
            ("hovered", w.hovered),
            ("active", w.active),
            ("open", w.open),
        ] {
            let fg = style.fg_stroke.color;
            text(&format!("{state} widget text"), fg, style.bg_fill);
            text(
                &format!("{state} widget text, weak fill"),
                fg,
                style.weak_bg_fill,
            );
        }
        text(
            "selected text",
            v.selection.stroke.color,
            v.selection.bg_fill,
        );
        let chip = v.selection.bg_fill.gamma_multiply(0.35);
        text("placeable chip", v.text_color(), chip);
        let (deleted, inserted) = diff_colors(dark);
        for (what, color) in [("deleted", deleted), ("inserted", inserted)] {
            text(
                &format!("{what} words"),
                color,
                color.gamma_multiply(DIFF_TINT),
            );
        }
        // Where a field or a button is, against the window: its fill or its outline.
        let edge = |fill: Color32, stroke: Color32| {
            contrast(over(fill, panel), panel).max(contrast(over(stroke, panel), panel))
        };
        let outline = w.inactive.bg_stroke.color;
        out.push((
            "field edge".to_owned(),
            edge(v.text_edit_bg_color(), outline),
            EDGE,
        ));
        out.push((
            "button edge".to_owned(),
            edge(w.inactive.weak_bg_fill, outline),
            EDGE,
        ));
        out
    }

    #[test]
    fn every_text_and_edge_meets_wcag_aa_in_both_themes() {
        let mut failing = Vec::new();
        for dark in [false, true] {
            let theme = if dark { "dark" } else { "light" };
            for (what, ratio, needed) in pairs(dark) {
                if ratio < needed {
                    failing.push(format!("{theme}: {what}: {ratio:.2} < {needed:.1}"));
                }
            }
        }
        assert!(failing.is_empty(), "{}", failing.join("\n"));
    }

    #[test]
    fn the_contrast_formula_gives_wcag_s_own_figures() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
        // #767676 on white is the lightest grey that passes AA for text: 4.54.
        let ratio = contrast(Color32::from_gray(0x76), Color32::WHITE);
        assert!((ratio - 4.54).abs() < 0.01, "{ratio}");
        // Half-transparent black over white is mid grey.
        assert_eq!(
            over(Color32::from_black_alpha(128), Color32::WHITE),
            Color32::from_gray(127)
        );
    }
}
