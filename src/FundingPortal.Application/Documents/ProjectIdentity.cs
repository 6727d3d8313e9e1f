namespace FundingPortal.Application.Documents;

public sealed record ProjectIdentity(string Reference, string Acronym, string Title);
