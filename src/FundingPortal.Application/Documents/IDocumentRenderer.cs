namespace FundingPortal.Application.Documents;

public interface IDocumentRenderer
{
    byte[] Render(DocumentModel model);
}
