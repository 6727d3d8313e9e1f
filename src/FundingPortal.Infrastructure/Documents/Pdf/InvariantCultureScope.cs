using System.Globalization;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// PDFsharp formats some dates and numbers with the current culture; rendering under the invariant
/// culture keeps the bytes independent of the worker's locale.
/// </summary>
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo _previous;

    private InvariantCultureScope(CultureInfo previous) => _previous = previous;

    public static InvariantCultureScope Enter()
    {
        var scope = new InvariantCultureScope(CultureInfo.CurrentCulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        return scope;
    }

    public void Dispose() => CultureInfo.CurrentCulture = _previous;
}
