using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FundingPortal.Web.Errors;

/// <summary>
/// The error summary lists the fields in the order the form shows them (GOV.UK's pattern). ModelState enumerates its
/// keys alphabetically within a prefix, so "Input.Regions" came before "Input.ShortName"; the bound model's properties
/// are declared in the form's order, which gives each key its place. Errors of the whole form ("") come first.
/// </summary>
public static partial class ErrorSummaryOrder
{
    public static IReadOnlyList<KeyValuePair<string, ModelStateEntry>> InFormOrder(ModelStateDictionary state, ModelMetadata? model) =>
        state.Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => new KeyValuePair<string, ModelStateEntry>(e.Key, e.Value!))
            .OrderBy(e => Position(e.Key, model), PositionComparer.Instance)
            .ToList();

    private static List<int> Position(string key, ModelMetadata? metadata)
    {
        var position = new List<int>();
        foreach (Match segment in Segment().Matches(key))
        {
            if (segment.Groups["index"].Success)
            {
                position.Add(int.TryParse(segment.Groups["index"].Value, out var index) ? index : int.MaxValue);
                metadata = metadata?.ElementMetadata;
                continue;
            }

            var properties = metadata?.Properties.ToList() ?? [];
            var at = properties.FindIndex(p => string.Equals(p.PropertyName, segment.Groups["name"].Value, StringComparison.OrdinalIgnoreCase));
            position.Add(at < 0 ? int.MaxValue : at);
            metadata = at < 0 ? null : properties[at];
        }

        return position;
    }

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>[^\]]*)\]")]
    private static partial Regex Segment();

    private sealed class PositionComparer : IComparer<List<int>>
    {
        public static readonly PositionComparer Instance = new();

        public int Compare(List<int>? x, List<int>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
