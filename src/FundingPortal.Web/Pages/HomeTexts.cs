using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages;

/// <summary>The home page (<c>/</c>).</summary>
public sealed class HomeTexts : TextSet
{
    public HomeTexts()
        : base("Home")
    {
        Add("Title", "Accueil", "Home");
        Add("Heading", "Portail des projets collaboratifs", "Collaborative project portal");
        Add("Lead", "Déposez vos projets d'innovation collaboratifs auprès du pôle de compétitivité, suivez leur évaluation, leur labellisation et leur cofinancement par l'État et les Régions.",
            "Submit your collaborative innovation projects to the competitiveness cluster, and follow their evaluation, their labelling and their co-funding by the State and the Regions.");
        Add("ApplicantHeading", "Vous portez un projet", "You lead a project");
        Add("ApplicantText", "Créez votre compte, rattachez-le à votre entreprise ou à votre laboratoire, puis montez votre dossier avec vos partenaires.",
            "Create your account, link it to your company or laboratory, then build your dossier with your partners.");
        Add("Register", "Créer un compte", "Create an account");
        Add("AccountHeading", "Vous avez déjà un compte", "You already have an account");
        Add("AccountText", "Experts, financeurs, équipe du pôle et porteurs de projets : connectez-vous avec votre adresse e-mail.",
            "Experts, funders, cluster staff and project leaders: sign in with your e-mail address.");
        Add("SignIn", "Se connecter", "Sign in");
    }
}
