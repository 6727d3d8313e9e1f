namespace FundingPortal.Infrastructure.Documents.Pdf;

internal sealed record KeyValue(string Label, string Value, TextStyle? ValueStyle = null);
