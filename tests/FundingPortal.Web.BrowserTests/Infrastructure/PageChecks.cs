using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>What every page must pass, plus the screenshots a person looks at.</summary>
public static class PageChecks
{
    // Labels on every control, one h1 and no skipped heading level, the expected language, unique ids, named links and buttons.
    private const string AccessibilityScript = """
        (language) => {
          const problems = [];
          if (document.documentElement.lang !== language) problems.push('html lang is not ' + language);
          for (const c of document.querySelectorAll('input, select, textarea')) {
            if (['hidden', 'submit', 'button', 'reset'].includes(c.type)) continue;
            const named = (c.labels && c.labels.length > 0) || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby');
            if (!named) problems.push('control without label: ' + (c.name || c.id || c.outerHTML.slice(0, 80)));
          }
          const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]));
          if (levels.filter(l => l === 1).length !== 1) problems.push('expected exactly one h1, found ' + levels.filter(l => l === 1).length);
          let previous = 0;
          for (const level of levels) {
            if (level > previous + 1) problems.push('heading level skipped: h' + previous + ' then h' + level);
            previous = level;
          }
          const seen = new Set();
          for (const el of document.querySelectorAll('[id]')) {
            if (seen.has(el.id)) problems.push('duplicate id: ' + el.id);
            seen.add(el.id);
          }
          for (const el of document.querySelectorAll('a[href], button')) {
            if (el.hidden) continue;
            if (!(el.textContent.trim() || el.getAttribute('aria-label'))) problems.push('unnamed link or button: ' + el.outerHTML.slice(0, 80));
          }
          if (!document.querySelector('main')) problems.push('no main landmark');
          if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + 'px for ' + window.innerWidth + 'px');
          if (!document.title.trim()) problems.push('empty title');
          return problems;
        }
        """;

    // WCAG 2.1 levels A and AA, as the French RGAA 4.1 audits them; best practices and AAA are advice, not the bar.
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    // The same axe-core the package bundles, with the same options, run once in the page itself. The package's RunAxe
    // finishes every run in a new blank page holding a second copy of axe-core: about 1.5 s of each page state's 2 s
    // of checks on this machine, for frames our pages do not have (a page with frames still goes through RunAxe).
    private static readonly string AxeCore = new BundledAxeScriptProvider().GetScript();

    private const string RunAxeInPage = """
        async (options) => {
          const result = await axe.run(document, options);
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.html).join(', ')}`);
        }
        """;

    private static readonly object Wcag21AAInPage = new
    {
        runOnly = new { type = "tag", values = Wcag21AA.RunOnly.Values },
        resultTypes = new[] { "violations" },
    };

    public static async Task Accessible(IPage page, string language = "fr")
    {
        // A resize (a journey switching to a tablet's width) fires the page's own handlers on the next frame; the page is
        // checked as a person meets it, after them.
        await StepTimings.Measure("settle", () => Settle(page));
        await OwnChecks(page, language);
        var violations = await StepTimings.Measure("axe-core", () => AxeViolations(page));
        Assert.True(violations.Length == 0, $"{page.Url}: axe-core (WCAG 2.1 AA): {string.Join("; ", violations)}");
    }

    // Labels, headings, the language, ids, names: cheap, and the one check that depends on the language asked for.
    private static async Task OwnChecks(IPage page, string language)
    {
        var problems = await StepTimings.Measure("own accessibility script", () => page.EvaluateAsync<string[]>(AccessibilityScript, language));
        Assert.True(problems.Length == 0, $"{page.Url}: {string.Join("; ", problems)}");
    }

    private static async Task<string[]> AxeViolations(IPage page)
    {
        if (page.Frames.Count > 1)
        {
            return (await page.RunAxe(Wcag21AA)).Violations.Select(Describe).ToArray();
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync($"() => {{ {AxeCore} }}");
        }

        return await page.EvaluateAsync<string[]>(RunAxeInPage, Wcag21AAInPage);
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Take(3).Select(n => n.Html))}";

    // The page's width, then the outermost elements reaching past the screen's right edge (what to fix).
    private const string OverflowScript = """
        () => {
          const width = window.innerWidth;
          if (document.documentElement.scrollWidth <= width + 1) return [];
          const culprits = [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > width + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1))
            .slice(0, 5)
            .map(el => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px): ${el.outerHTML.slice(0, 120)}`);
          return [`${document.documentElement.scrollWidth} px wide`, ...culprits];
        }
        """;

    /// <summary>
    /// The page at a phone's width (375 px): nothing may scroll sideways; wide tables scroll inside themselves.
    /// A viewport-sized screenshot is saved next to the full-width one.
    /// </summary>
    public static async Task NarrowScreen(IPage page, string name)
    {
        var wide = page.ViewportSize;
        await StepTimings.Measure("375 px resize", () => page.SetViewportSizeAsync(375, 812));
        try
        {
            await StepTimings.Measure("settle", () => Settle(page));
            await StepTimings.Measure("375 px screenshot", () => page.ScreenshotAsync(Screenshot(name + "-375", fullPage: false)));
            var overflow = await StepTimings.Measure("375 px overflow script", () => page.EvaluateAsync<string[]>(OverflowScript));
            Assert.True(overflow.Length == 0, $"{page.Url}: at 375 px the page scrolls sideways: {string.Join("; ", overflow)}");
        }
        finally
        {
            await StepTimings.Measure("375 px resize back", () => page.SetViewportSizeAsync(wide?.Width ?? 1280, wide?.Height ?? 900));
            await StepTimings.Measure("settle", () => Settle(page));
        }
    }

    private static Task Settle(IPage page) => page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");

    /// <summary>Tabs from the top of the page until <paramref name="target"/> has the focus: the action is reachable without a mouse.</summary>
    public static async Task ReachableByKeyboard(IPage page, ILocator target, int maxTabs = 120)
    {
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                var outline = await target.EvaluateAsync<string>("el => getComputedStyle(el).outlineStyle");
                Assert.True(outline != "none", $"{page.Url}: the focused element shows no focus outline");
                return;
            }
        }

        Assert.Fail($"{page.Url}: {maxTabs} presses of Tab never reached {target}");
    }

    /// <summary>Runs a journey; when it fails, the page as it was is saved next to the other screenshots.</summary>
    public static async Task Journey(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ScreenshotFolder, $"FAILED-{name}.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(BrowserHost.ScreenshotFolder, $"FAILED-{name}.html"), await page.ContentAsync());
            throw;
        }
    }

    /// <summary>
    /// Checks the page (accessibility, then at a phone's width), then saves a full-page screenshot named after the step.
    /// A state already checked in this run (<see cref="PageStates"/>) passes the language-independent own checks again
    /// but not axe-core and the 375 px check: its 375 px screenshot is the earlier step's, copied under this step's name.
    /// </summary>
    public static async Task Snapshot(IPage page, string name, string language = "fr")
    {
        await StepTimings.Measure("snapshot (all of it)", async () =>
        {
            await StepTimings.Measure("settle", () => Settle(page));
            var key = await StepTimings.Measure("page state key", () => PageStates.KeyOf(page));
            var checkedAs = PageStates.CheckedAs(key);
            if (checkedAs is null)
            {
                await StepTimings.Measure("accessible (all of it)", () => Accessible(page, language));
                await StepTimings.Measure("narrow screen (all of it)", () => NarrowScreen(page, name));
                PageStates.RecordPassed(key, name);
            }
            else
            {
                await StepTimings.Measure("seen state: own checks only", () => OwnChecks(page, language));
                File.Copy(Path.Combine(BrowserHost.ScreenshotFolder, checkedAs + "-375" + ScreenshotExtension), Path.Combine(BrowserHost.ScreenshotFolder, name + "-375" + ScreenshotExtension), overwrite: true);
            }

            await StepTimings.Measure("full-page screenshot", () => page.ScreenshotAsync(Screenshot(name, fullPage: true)));
            // A full-page capture resizes the viewport for a moment: let the layout settle before the next click.
            await StepTimings.Measure("settle", () => Settle(page));
        });
    }

    /// <summary>
    /// The screenshots people look at are JPEG: Chromium captures a full page in about 40 % less time than as PNG, at the
    /// same size (docs/performance.md, "Test suite"), and nobody reads them to the pixel. A failed step's page stays PNG.
    /// </summary>
    public const string ScreenshotExtension = ".jpg";

    public static PageScreenshotOptions Screenshot(string name, bool fullPage) => new()
    {
        Path = Path.Combine(BrowserHost.ScreenshotFolder, name + ScreenshotExtension),
        Type = ScreenshotType.Jpeg,
        Quality = 85,
        FullPage = fullPage,
    };
}
