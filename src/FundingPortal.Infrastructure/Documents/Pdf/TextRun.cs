namespace FundingPortal.Infrastructure.Documents.Pdf;

internal readonly record struct TextRun(string Text, TextStyle Style);
