using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>The unread counts of the navigation, in words (not only a badge), French and English with real plurals.</summary>
public sealed class UnreadTexts : TextSet
{
    public UnreadTexts()
        : base("Unread")
    {
        Add("One", "1 non lue", "1 unread");
        Add("Many", "{0} non lues", "{0} unread");
        Add("OneMessage", "1 message non lu", "1 unread message");
        Add("ManyMessages", "{0} messages non lus", "{0} unread messages");
    }
}
