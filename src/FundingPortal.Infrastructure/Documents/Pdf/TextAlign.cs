namespace FundingPortal.Infrastructure.Documents.Pdf;

internal enum TextAlign
{
    Left,
    Right,
    Center,
}
