using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Application.Documents;

public interface IDocumentRenderer
{
    /// <summary>The PDF of the model in a language ("fr", the stored reference edition, or "en", rendered on demand).</summary>
    byte[] Render(DocumentModel model, string language = Languages.French);
}
