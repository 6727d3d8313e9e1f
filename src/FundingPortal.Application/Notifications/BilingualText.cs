using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Application.Notifications;

/// <summary>A notification written in both languages; the recipient's setting picks one.</summary>
public sealed record BilingualText(NotificationText French, NotificationText English)
{
    public NotificationText For(string language) => language == "en" ? English : French;

    /// <summary>A text that exists in French only for now (the `english` catalogue translates it).</summary>
    public static BilingualText FrenchOnly(NotificationText text) => new(text, text);

    /// <summary>A text the catalogue words per language.</summary>
    public static BilingualText From(Func<string, NotificationText> text) => new(text(Languages.French), text(Languages.English));
}
