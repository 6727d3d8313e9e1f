namespace FundingPortal.Application.Documents;

public sealed record AttachmentEntry(string FileName, long SizeBytes, string Sha256);
