namespace FundingPortal.Domain.Labelling;

public enum LabellingOutcome
{
    Labelled,
    NotLabelled,
    Deferred,
}
