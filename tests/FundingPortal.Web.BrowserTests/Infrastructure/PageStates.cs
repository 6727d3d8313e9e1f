using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>
/// The page states that passed axe-core and the 375 px check in this run, so that a state two journeys reach (the same
/// address, markup, typed values and width) is checked once. Every distinct state is still checked; a state that failed
/// is never recorded, so it fails again wherever it is met.
/// </summary>
public static class PageStates
{
    // What the checks see: the address, the window's size, the markup (without the anti-forgery token, new on every
    // response) and the values typed into the form controls, which the markup does not hold.
    private const string StateScript = """
        () => {
          const copy = document.documentElement.cloneNode(true);
          for (const token of copy.querySelectorAll('input[name="__RequestVerificationToken"]')) token.removeAttribute('value');
          const values = [...document.querySelectorAll('input, select, textarea')]
            .filter(c => c.name !== '__RequestVerificationToken')
            .map(c => (c.type === 'checkbox' || c.type === 'radio') ? String(c.checked) : c.value);
          return [location.pathname + location.search, window.innerWidth + 'x' + window.innerHeight, values.join('\u0001'), copy.outerHTML].join('\n');
        }
        """;

    private static readonly ConcurrentDictionary<string, string> Passed = new(StringComparer.Ordinal);

    /// <summary>The state's key: its address and a SHA-256 of what the checks see.</summary>
    public static async Task<string> KeyOf(IPage page)
    {
        var state = await page.EvaluateAsync<string>(StateScript);
        var address = state[..state.IndexOf('\n', StringComparison.Ordinal)];
        return address + " " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
    }

    /// <summary>The name of the step that checked this state earlier in the run, if one did.</summary>
    public static string? CheckedAs(string key) => Passed.TryGetValue(key, out var name) ? name : null;

    public static void RecordPassed(string key, string name) => Passed.TryAdd(key, name);
}
