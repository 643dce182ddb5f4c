using Microsoft.AspNetCore.Identity;

namespace Wbs.Web.Features.Akun;

/// <summary>Identity's messages in Indonesian, the language of every page.</summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "Nama samaran ini sudah dipakai. Pilih nama lain yang unik." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "Nama samaran hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung." };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Kata sandi minimal {length} karakter." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Kata sandi harus memuat sedikitnya {uniqueChars} karakter yang berbeda." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Kata sandi salah." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Terjadi kesalahan. Silakan coba lagi." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Data berubah di tempat lain. Silakan coba lagi." };
}
