using FundingPortal.Infrastructure.Documents.Signing;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// The signer of the document being rendered on this thread, or none, like <see cref="Renderers.DocumentLanguage"/>:
/// every renderer ends in <see cref="PdfComposer"/>'s save, which reads it, so no renderer passes it along.
/// </summary>
internal readonly struct SigningScope : IDisposable
{
    [ThreadStatic]
    private static PdfSigner? current;

    private readonly PdfSigner? _previous;

    private SigningScope(PdfSigner? previous) => _previous = previous;

    public static PdfSigner? Current => current;

    public static SigningScope Enter(PdfSigner? signer)
    {
        var scope = new SigningScope(current);
        current = signer;
        return scope;
    }

    public void Dispose() => current = _previous;
}
